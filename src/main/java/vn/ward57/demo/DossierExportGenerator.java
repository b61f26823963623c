package vn.ward57.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Realistic one-stop exports, the same for the same seed: about 80 % online, 18 % in person, 2 % by
 * post; most resolved early or on time, some late, some pending (overdue or not), about 1 %
 * withdrawn; dossiers received before the period's start and still open are the carried-over ones.
 * Dossiers still open on {@code asOf} have no result date. Used by the demo, the tests and the benchmark.
 */
public final class DossierExportGenerator {

    public enum Layout { CANONICAL, VIETNAMESE }

    private static final List<String> CANONICAL = List.of("dossier_code", "procedure_code", "field", "channel",
            "received_at", "due_at", "resolved_at", "withdrawn_at", "digitised_input", "digitised_result",
            "fee_required", "paid_online");
    private static final List<String> VIETNAMESE = List.of("Mã hồ sơ", "Mã thủ tục", "Lĩnh vực", "Hình thức nộp",
            "Ngày tiếp nhận", "Hạn xử lý", "Ngày có kết quả", "Ngày rút", "Số hóa đầu vào", "Số hóa kết quả",
            "Có phí", "Thanh toán trực tuyến");
    private static final String[][] PROCEDURES = {
            {"1.001612", "Hộ tịch"}, {"1.004873", "Hộ tịch"}, {"1.001193", "Hộ tịch"},
            {"2.000815", "Chứng thực"}, {"2.000884", "Chứng thực"},
            {"1.003005", "Đất đai"}, {"1.001990", "Đất đai"},
            {"1.009994", "Xây dựng"}, {"2.000720", "Kinh doanh"}, {"1.001776", "Lao động, người có công và xã hội"}};
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final long seed;

    public DossierExportGenerator(long seed) {
        this.seed = seed;
    }

    /** One generated dossier, as cell texts in the canonical column order. */
    private List<String> row(SplittableRandom random, String code, LocalDate from, long days, LocalDate asOf,
                             DateTimeFormatter dates) {
        String[] procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
        int c = random.nextInt(100);
        String channel = c < 80 ? "ONLINE" : c < 98 ? "IN_PERSON" : "POSTAL";
        LocalDateTime received = from.plusDays(random.nextLong(days)).atTime(7 + random.nextInt(10), random.nextInt(60));
        LocalDateTime due = received.toLocalDate().plusDays(3 + random.nextInt(13)).atTime(17, 0);
        int outcome = random.nextInt(1000);
        LocalDateTime resolved = null;
        LocalDateTime withdrawn = null;
        if (outcome < 10) {
            withdrawn = received.plusDays(1 + random.nextInt(3));
        } else {
            long span = ChronoUnit.DAYS.between(received.toLocalDate(), due.toLocalDate());
            long after = outcome < 620 ? random.nextLong(Math.max(1, span))          // early
                    : outcome < 950 ? span                                              // on the due date
                    : span + 1 + random.nextInt(10);                                    // late
            resolved = after == 0
                    ? received.plusHours(1 + random.nextInt(4))                         // the same day, later
                    : received.toLocalDate().plusDays(after).atTime(8 + random.nextInt(9), random.nextInt(60));
        }
        if (resolved != null && resolved.toLocalDate().isAfter(asOf)) {
            resolved = null;                                                            // still pending on asOf
        }
        if (withdrawn != null && withdrawn.toLocalDate().isAfter(asOf)) {
            withdrawn = null;
        }
        boolean fee = random.nextInt(100) < 30;
        return List.of(code, procedure[0], procedure[1], channel, received.format(dates), due.format(dates),
                resolved == null ? "" : resolved.format(dates), withdrawn == null ? "" : withdrawn.format(dates),
                random.nextInt(100) < 90 ? "1" : "0", resolved != null && random.nextInt(100) < 85 ? "1" : "0",
                fee ? "1" : "0", fee && channel.equals("ONLINE") && random.nextInt(100) < 75 ? "1" : "0");
    }

    /** count dossiers received in [from, asOf], codes prefix-000001 …, written as CSV. */
    public void writeCsv(Writer out, String prefix, LocalDate from, LocalDate asOf, int count, Layout layout)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long days = ChronoUnit.DAYS.between(from, asOf) + 1;
        DateTimeFormatter dates = layout == Layout.CANONICAL ? ISO : VN;
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(layout == Layout.CANONICAL ? CANONICAL : VIETNAMESE);
        for (int i = 1; i <= count; i++) {
            csv.writeRecord(row(random, "%s-%06d".formatted(prefix, i), from, days, asOf, dates));
        }
        csv.flush();
    }

    /** The same dossiers as {@link #writeCsv}, as an XLSX workbook with text cells. */
    public void writeXlsx(OutputStream out, String prefix, LocalDate from, LocalDate asOf, int count, Layout layout)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long days = ChronoUnit.DAYS.between(from, asOf) + 1;
        DateTimeFormatter dates = layout == Layout.CANONICAL ? ISO : VN;
        Workbook workbook = new Workbook(out, "ward57", "1.0");
        Worksheet sheet = workbook.newWorksheet("Hồ sơ");
        List<String> header = layout == Layout.CANONICAL ? CANONICAL : VIETNAMESE;
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int i = 1; i <= count; i++) {
            List<String> cells = row(random, "%s-%06d".formatted(prefix, i), from, days, asOf, dates);
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(i, c, cells.get(c));
            }
        }
        workbook.finish();
    }
}
