package vn.ward57.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything one report document shows, computed and formatted in Java: the Word template only places
 * it (poi-tl, no expressions). A FINAL report keeps this as its snapshot, so it is plain data.
 *
 * @param figures    every figure of the period by key (e.g. {@code dossier.onlineRate}); live fields in the
 *                   narrative and the appendix cells take their text from here
 * @param sections   the body in reading order
 * @param appendices Phụ lục I–X for NQ57_RESULTS, the plan's tables for PLAN_BUDGET; may be empty
 */
public record ReportContent(ReportKind kind, Header header, Map<String, Figure> figures, List<Section> sections,
                            List<Appendix> appendices) {

    /**
     * The Decree 30 frame of the document.
     *
     * @param superiorBody  the body above the issuer, uppercase ("UBND THÀNH PHỐ ĐÀ NẴNG"), may be empty
     * @param issuingBody   uppercase, bold ("ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI" or "UBND PHƯỜNG AN HẢI")
     * @param number        the whole line, "Số: 12/BC-UBND" or "Số:      /BC-UBND" while not numbered
     * @param placeDate     "An Hải, ngày 22 tháng 6 năm 2026" (italic in the document)
     * @param documentType  BÁO CÁO, KẾ HOẠCH, BẢN TIN
     * @param title         the subject line(s) under the type, bold
     * @param opening       the paragraphs before the first section (Thực hiện …, UBND phường báo cáo …)
     * @param closing       the last body paragraph ("Trên đây là …./.")
     * @param recipients    the Nơi nhận list, each without its leading dash
     * @param signerMode    "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH"
     * @param signerTitle   "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"
     * @param signerName    the signer's full name
     * @param appendixLine  "(Kèm theo Báo cáo số 12/BC-UBND ngày 22/6/2026 của UBND phường An Hải)"
     */
    public record Header(String superiorBody, String issuingBody, String number, String placeDate,
                         String documentType, String title, List<String> opening, String closing,
                         List<String> recipients, String signerMode, String signerTitle, String signerName,
                         String appendixLine) {
    }

    /**
     * One figure: its value (null when there is nothing to divide by) and how the report writes it.
     *
     * @param text "12.456", "98,70%", "1.056.000.000 đồng"
     * @param link the page behind the figure (relative to the app), for the consistency check's list
     */
    public record Figure(String key, String label, BigDecimal value, String text, String link) {
    }

    /**
     * One heading of the body with what stands under it.
     *
     * @param level      1 = Phần, 2 = I./II., 3 = 1./2., 4 = 1.1./a)
     * @param heading    the heading as printed ("II. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
     * @param generated  paragraphs the system writes from the figures, each a plain line
     * @param narrative  the officer's text as sanitised HTML (p, strong, em, ul, ol, li, br), live fields
     *                   already replaced by their figure's text; empty when none
     * @param appendixRef "(Có Phụ lục I kèm theo)." or null
     */
    public record Section(String key, int level, String heading, List<String> generated, String narrative,
                          String appendixRef) {
    }

    /**
     * One appendix table.
     *
     * @param number    "I" … "X"
     * @param title     "Phụ lục I. Công tác chỉ đạo, điều hành, hiệu quả đem lại"
     * @param landscape true where the table is too wide for portrait
     * @param columns   the header row
     * @param rows      the body rows; empty means the appendix prints {@code note} (or "Không có.")
     * @param note      text printed under the title (for appendices the system holds no table for)
     */
    public record Appendix(String number, String title, boolean landscape, List<String> columns, List<Row> rows,
                           String note) {
    }

    /** A table row; a group row ("I | Nhóm vấn đề …") is printed bold across the table. */
    @Schema(name = "ReportContentRow")
    public record Row(List<String> cells, boolean group) {
        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }
    }
}
