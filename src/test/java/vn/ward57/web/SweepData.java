package vn.ward57.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

/**
 * What {@link PageSweepTest} reads its pages against: the app's enum names, an-hai's unit and procedure codes
 * with their names, the records' own text, and a known instant planted in an audit entry and in the newest
 * report (made by {@link AnHaiRecords}), removed again afterwards.
 */
final class SweepData {

    /** The audit entry's actor, so that it is found again to be removed. */
    private static final String ACTOR = "page-sweep";

    private final JdbcClient jdbc;
    private final long ward;

    SweepData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.ward = jdbc.sql("select id from ward where code = 'an-hai'").query(Long.class).single();
    }

    /** The instant on an audit entry of an-hai and on its newest report (the one the walk made). */
    void plant(Instant at) {
        Timestamp time = Timestamp.from(at);
        jdbc.sql("insert into audit_log (at, actor, ward_id, entity, entity_key, action) "
                        + "values (:at, :actor, :ward, 'report', '0', 'UPDATE')")
                .param("at", time).param("actor", ACTOR).param("ward", ward).update();
        jdbc.sql("update report set created_at = :at, updated_at = :at "
                        + "where id = (select max(id) from report where ward_id = :ward)")
                .param("at", time).param("ward", ward).update();
    }

    void unplant() {
        jdbc.sql("delete from audit_log where actor = :actor").param("actor", ACTOR).update();
    }

    Map<String, String> units() {
        return codes("select code, name from unit where ward_id = :ward");
    }

    Map<String, String> procedures() {
        return codes("select code, name from procedure where ward_id = :ward");
    }

    /**
     * The text of the records (names, titles, contents, recipients …: every text column of a ward's tables but the
     * dossiers'), which keeps its language in either interface.
     */
    List<String> recordTexts() {
        List<String> columns = jdbc.sql("""
                        select c.table_name || '.' || c.column_name from information_schema.columns c
                        where c.table_schema = current_schema() and c.data_type in ('character varying', 'text')
                          and c.table_name not like 'dossier%' and exists (select 1 from information_schema.columns w
                              where w.table_schema = c.table_schema and w.table_name = c.table_name
                                and w.column_name = 'ward_id')
                        """).query(String.class).list();
        // the wards' and provinces' names ("Phường An Hải") are records too
        Set<String> texts = new TreeSet<>(jdbc.sql("select name from ward union select name from province")
                .query(String.class).list());
        for (String column : columns) {
            String[] tc = column.split("\\.");
            // every ward's: the admin's pages (the audit log) show other wards' records too
            for (String text : jdbc.sql("select distinct " + tc[1] + " from " + tc[0] + " where "
                            + "length(" + tc[1] + ") between 4 and 2000 limit 50000")
                    .query(String.class).list()) {
                // a page may show a text of many lines (recipients, a narrative) as one line
                texts.add(text);
                Arrays.stream(text.split("\\s*(\\n|; )\\s*")).filter(part -> part.length() >= 6).forEach(texts::add);
            }
        }
        return List.copyOf(texts);
    }

    /** Every constant of an enum of the app's own. */
    static Set<String> enumNames() {
        var scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition found : scan.findCandidateComponents("vn.ward57")) {
            Class<?> type = ClassUtils.resolveClassName(found.getBeanClassName(), SweepData.class.getClassLoader());
            if (type.isEnum()) {
                Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(names::add);
            }
        }
        return names;
    }

    private Map<String, String> codes(String sql) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql(sql).param("ward", ward).query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }
}
