package vn.ward57.load;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ward57.dossier.domain.DossierMonthRepository;

/** A province "bench" of generated wards and dossiers, written by SQL alone (fast), with its monthly sums. */
final class BenchData {

    private BenchData() {
    }

    static void provinceWithDossiers(JdbcClient jdbc, DossierMonthRepository months, int wards, int perWard) {
        jdbc.sql("insert into province (code, name) values ('bench', 'Tỉnh đo hiệu năng')").update();
        jdbc.sql("""
                insert into ward (province_id, code, name)
                select p.id, 'bench-' || lpad(n::text, 3, '0'), 'Phường Thử ' || n
                from province p cross join generate_series(1, ?) n where p.code = 'bench'
                """).param(wards).update();
        jdbc.sql("""
                insert into user_province (user_id, province_id)
                select u.id, p.id from app_user u cross join province p where u.username = 'admin' and p.code = 'bench'
                """).update();
        jdbc.sql("""
                insert into dossier (ward_id, code, procedure_code, field, channel, received_at, due_at, resolved_at,
                                     digitised_input, digitised_result, fee_required, paid_online)
                select w.id, 'B-' || n, null, 'Chứng thực',
                       (array['ONLINE', 'ONLINE', 'ONLINE', 'IN_PERSON', 'POSTAL'])[1 + (n + w.id::int) % 5],
                       timestamp '2026-01-01 08:00' + (n % 320) * interval '1 day',
                       timestamp '2026-01-01 08:00' + (n % 320 + 5) * interval '1 day',
                       case when n % 40 = 0 then null
                            else timestamp '2026-01-01 08:00' + (n % 320 + (n + w.id::int) % 7) * interval '1 day' end,
                       n % 3 > 0, n % 4 > 0, n % 2 = 0, n % 4 = 0
                from ward w join province p on p.id = w.province_id and p.code = 'bench'
                cross join generate_series(1, ?) n
                """).param(perWard).update();
        jdbc.sql("analyze dossier").update();
        // what each import does for its ward
        for (long wardId : jdbc.sql("select w.id from ward w join province p on p.id = w.province_id where p.code = 'bench'")
                .query(Long.class).list()) {
            months.refresh(wardId);
        }
    }
}
