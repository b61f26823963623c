package vn.ward57.user.domain;

import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.security.Role;

@Repository
class UserRepository {

    private static final String SELECT = """
            select id, username, password_hash, full_name, email, role, ward_id, unit_id, enabled
            from app_user
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRecord> find(String username) {
        return jdbc.sql(SELECT + " where username = ?").param(username).query(UserRecord.class).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Users of the given wards, and province admins who have provinces, all within the given ones. */
    public List<UserRecord> findVisible(Collection<Long> wardIds, Collection<Long> provinceIds) {
        return jdbc.sql(SELECT + """
                 where ward_id in (:wards)
                    or (role = 'PROVINCE_ADMIN'
                        and exists (select 1 from user_province up where up.user_id = app_user.id)
                        and not exists (select 1 from user_province up where up.user_id = app_user.id
                                        and up.province_id not in (:provinces)))
                 order by full_name
                """).param("wards", wardIds.isEmpty() ? List.of(-1L) : wardIds)
                .param("provinces", provinceIds.isEmpty() ? List.of(-1L) : provinceIds)
                .query(UserRecord.class).list();
    }

    /** The enabled users of a ward who gave an e-mail address (whom reminders are sent to). */
    public List<UserRecord> findWithEmail(long wardId) {
        return jdbc.sql(SELECT + " where ward_id = ? and enabled and email is not null order by full_name, username")
                .param(wardId).query(UserRecord.class).list();
    }

    /** The full names of the given users by username (one query for a page of the audit log). */
    public Map<String, String> fullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select username, full_name from app_user where username in (:names)").param("names", usernames)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    public List<Long> provinceIds(long userId) {
        return jdbc.sql("select province_id from user_province where user_id = ? order by province_id")
                .param(userId).query(Long.class).list();
    }

    public long insert(String username, String hash, String fullName, Role role, Long wardId, Long unitId,
                       boolean enabled) {
        return jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, ward_id, unit_id, enabled)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(username, hash, fullName, role.name(), wardId, unitId, enabled)
                .query(Long.class).single();
    }

    public void update(long id, String fullName, Role role, Long wardId, Long unitId, boolean enabled) {
        jdbc.sql("update app_user set full_name = ?, role = ?, ward_id = ?, unit_id = ?, enabled = ? where id = ?")
                .params(fullName, role.name(), wardId, unitId, enabled, id).update();
    }

    public void setEmail(long id, String email) {
        jdbc.sql("update app_user set email = :email where id = :id").param("email", email, Types.VARCHAR)
                .param("id", id).update();
    }

    public void setPassword(long id, String hash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?").params(hash, id).update();
    }

    /** The same password hashed anew, unless it was changed since it was read. */
    public void rehash(String username, String oldHash, String newHash) {
        jdbc.sql("update app_user set password_hash = ? where username = ? and password_hash = ?")
                .params(newHash, username, oldHash).update();
    }

    public void setProvinces(long userId, Collection<Long> provinceIds) {
        jdbc.sql("delete from user_province where user_id = ?").param(userId).update();
        provinceIds.forEach(p -> grant(userId, p));
    }

    public void grant(long userId, long provinceId) {
        jdbc.sql("insert into user_province (user_id, province_id) values (?, ?) on conflict do nothing")
                .params(userId, provinceId).update();
    }

    public void revokeProvince(long provinceId) {
        jdbc.sql("delete from user_province where province_id = ?").param(provinceId).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from app_user where id = ?").param(id).update();
    }
}
