package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/** The DOCX of a hand-built report read back with Apache POI: the Decree 30 page, fonts, frame, body and appendices. */
class ReportDocumentTest {

    private static XWPFDocument doc;

    @BeforeAll
    static void render() throws IOException {
        byte[] bytes = new ReportDocument().docx(ReportSamples.small(), null);
        doc = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void mainSectionIsA4PortraitWithTheDecreeMarginsAndNoNumberOnPageOne() {
        CTSectPr main = sections().getFirst();
        assertThat(main.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(main.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850
        assertThat(main.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(main.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(main.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
        assertThat(main.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
        assertThat(main.isSetTitlePg()).isTrue();
        assertThat(main.getHeaderReferenceList()).extracting(r -> r.getType())
                .contains(STHdrFtr.DEFAULT, STHdrFtr.FIRST);
    }

    @Test
    void theDefaultHeaderHoldsACentredPageField() {
        XWPFHeader numbered = doc.getHeaderList().stream()
                .filter(h -> h._getHdrFtr().xmlText().contains("PAGE")).findFirst().orElseThrow();
        assertThat(numbered.getParagraphs().getFirst().getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(numbered._getHdrFtr().xmlText()).contains("fldChar").contains(" PAGE ");
    }

    @Test
    void eachAppendixIsASectionAndTheWideOneIsLandscape() {
        List<CTSectPr> sections = sections();
        // main part, Phụ lục I (portrait), IX (landscape), III (portrait)
        assertThat(sections).hasSize(4);
        assertThat(sections.get(1).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        CTSectPr wide = sections.get(2);
        assertThat(wide.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(wide.getPgSz().getH()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(wide.getPgSz().getOrient().toString()).isEqualTo("landscape");
        assertThat(wide.isSetTitlePg()).isFalse();
        assertThat(sections.get(3).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
    }

    @Test
    void bodyParagraphsAreTimesNewRoman14JustifiedWithTheFirstLineIndent() {
        XWPFParagraph opening = paragraph("Thực hiện Công văn số 6641/UBND-KGVX");
        assertThat(opening.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(opening.getIndentationFirstLine()).isEqualTo(720); // 1,27 cm
        assertThat(opening.getSpacingAfter()).isEqualTo(120); // 6 pt
        XWPFRun run = opening.getRuns().getFirst();
        assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
        assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
        assertThat(paragraph("Trên đây là Báo cáo").getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
    }

    @Test
    void theFrameShowsBodiesMottoNumberAndDate() {
        XWPFTable frame = doc.getTables().getFirst();
        XWPFTableCell left = frame.getRow(0).getCell(0);
        XWPFTableCell right = frame.getRow(0).getCell(1);
        assertThat(run(left, "UBND TỈNH THÁI NGUYÊN").isBold()).isFalse();
        XWPFRun issuing = run(left, "UBND PHƯỜNG TRUNG THÀNH");
        assertThat(issuing.isBold()).isTrue();
        assertThat(issuing.getFontSizeAsDouble()).isEqualTo(13.0);
        assertThat(left.getParagraphs()).anyMatch(p -> p.getBorderBottom() != org.apache.poi.xwpf.usermodel.Borders.NONE);
        assertThat(run(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").isBold()).isTrue();
        assertThat(run(right, "Độc lập - Tự do - Hạnh phúc").getFontSizeAsDouble()).isEqualTo(14.0);
        assertThat(frame.getRow(1).getCell(0).getText()).isEqualTo("Số:      /BC-UBND");
        XWPFRun date = run(frame.getRow(1).getCell(1), "Trung Thành, ngày 06 tháng 6 năm 2026");
        assertThat(date.isItalic()).isTrue();
        assertThat(frame.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
    }

    @Test
    void typeAndTitleAreBoldAndCentred() {
        XWPFParagraph type = paragraph("BÁO CÁO");
        assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(type.getRuns().getFirst().isBold()).isTrue();
        XWPFParagraph title = paragraph("Sơ kết 01 năm 06 tháng");
        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(title.getRuns().getFirst().isBold()).isTrue();
        assertThat(title.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(14.0);
    }

    @Test
    void recipientsAreBoldItalic12AndTheirList11EndingWithTheFilingLine() {
        XWPFTable signature = doc.getTables().get(1);
        XWPFTableCell left = signature.getRow(0).getCell(0);
        XWPFRun label = run(left, "Nơi nhận:");
        assertThat(label.isBold()).isTrue();
        assertThat(label.isItalic()).isTrue();
        assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
        XWPFRun list = run(left, "- Sở Khoa học và Công nghệ;");
        assertThat(list.getFontSizeAsDouble()).isEqualTo(11.0);
        assertThat(left.getText()).contains("- Thường trực Đảng ủy;").endsWith("- Lưu: VT, VHXH.");
        XWPFTableCell right = signature.getRow(0).getCell(1);
        assertThat(run(right, "KT. CHỦ TỊCH").isBold()).isTrue();
        assertThat(run(right, "PHÓ CHỦ TỊCH").isBold()).isTrue();
        assertThat(run(right, "Ngô Mạnh Tài").isBold()).isTrue();
    }

    @Test
    void sectionsShowHeadingsFiguresAndTheNarrativeEmphasis() {
        XWPFParagraph part = paragraph("PHẦN 1");
        assertThat(part.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(part.getText()).contains("TÌNH HÌNH, KẾT QUẢ THỰC HIỆN");
        assertThat(paragraph("I. KẾT QUẢ NỔI BẬT").getRuns().getFirst().isBold()).isTrue();
        XWPFRun level4 = paragraph("a) Nhiệm vụ được giao").getRuns().getFirst();
        assertThat(level4.isBold()).isTrue();
        assertThat(level4.isItalic()).isTrue();
        assertThat(paragraph("Tổng số hồ sơ tiếp nhận là").getText()).contains("12.456").contains("98,70%");
        XWPFParagraph narrative = paragraph("Công tác chuyển đổi số");
        assertThat(narrative.getRuns()).anyMatch(r -> r.isBold() && r.text().equals("chuyển đổi số"));
        assertThat(narrative.getRuns()).anyMatch(r -> r.isItalic() && r.text().equals("chuyển biến tích cực"));
        assertThat(narrative.getIndentationFirstLine()).isEqualTo(720);
        assertThat(paragraph("- Mục một").getText()).isEqualTo("- Mục một");
        assertThat(paragraph("- Mục hai")).isNotNull();
        assertThat(paragraph("1. Bước đầu")).isNotNull();
        // a <br> goes on as a paragraph without indent, so the justified line before it is not stretched
        XWPFParagraph broken = paragraph("Dòng một");
        assertThat(broken.getText()).isEqualTo("Dòng một");
        assertThat(broken.getSpacingAfter()).isZero();
        XWPFParagraph after = paragraph("Dòng hai");
        assertThat(after.getText()).isEqualTo("Dòng hai giữ chữ");
        assertThat(after.getIndentationFirstLine()).isZero();
        assertThat(after.getSpacingAfter()).isEqualTo(120);
        assertThat(paragraph("(Có Phụ lục I kèm theo).").getRuns().getFirst().isItalic()).isTrue();
    }

    @Test
    void appendixTablesHaveBordersBoldHeadersAndBoldGroupRows() {
        assertThat(paragraph("Phụ lục I").getRuns().getFirst().isBold()).isTrue();
        assertThat(paragraph("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")).isNotNull();
        assertThat(paragraph("(Kèm theo Báo cáo số").getRuns().getFirst().isItalic()).isTrue();
        XWPFTable first = doc.getTables().get(2);
        assertThat(first.getRow(0).getCell(0).getText()).isEqualTo("STT");
        assertThat(first.getRow(0).getCell(1).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
        assertThat(first.getRow(0).getCell(1).getParagraphs().getFirst().getRuns().getFirst().getFontSizeAsDouble())
                .isEqualTo(12.0);
        XWPFTableCell group = first.getRow(1).getCell(1);
        assertThat(group.getText()).isEqualTo("Văn bản");
        assertThat(group.getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
        assertThat(first.getRow(2).getCell(2).getText()).isEqualTo("696");
        assertThat(first.getRow(2).getCell(2).getParagraphs().getFirst().getRuns().getFirst().isBold()).isFalse();
        assertThat(first.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
        assertThat(first.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
        XWPFTable wide = doc.getTables().get(3);
        assertThat(wide.getRow(0).getTableCells()).hasSize(11);
        // the eleven columns fill the landscape text width: 297 mm less 30 and 15 mm = 14287 twips
        int sum = wide.getCTTbl().getTblGrid().getGridColList().stream()
                .mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum();
        assertThat(sum).isBetween(14200, 14287);
        assertThat(paragraph("Không có.")).isNotNull();
        assertThat(allText()).doesNotContain("{{").doesNotContain("}}");
    }

    @Test
    void aTitleOnTwoLinesKeepsItsBreakAndAReportWithoutAppendicesKeepsOneSection() throws IOException {
        ReportContent small = ReportSamples.small();
        ReportContent.Header h = small.header();
        ReportContent.Header twoLines = new ReportContent.Header(h.superiorBody(), h.issuingBody(), h.number(),
                h.placeDate(), h.documentType(), "Tình hình tháng 6\nvà nhiệm vụ tháng 7", h.opening(), h.closing(),
                List.of(), h.signerMode(), h.signerTitle(), h.signerName(), h.appendixLine());
        ReportContent monthly = new ReportContent(ReportKind.MONTHLY, twoLines, small.figures(), small.sections(), List.of());
        try (XWPFDocument month = new XWPFDocument(new ByteArrayInputStream(new ReportDocument().docx(monthly, null)))) {
            XWPFParagraph title = month.getParagraphs().stream().filter(p -> p.getText().startsWith("Tình hình tháng 6"))
                    .findFirst().orElseThrow();
            // poi-tl writes the break as <w:cr/>, which Word and LibreOffice show as a line break
            assertThat(title.getCTP().xmlText()).containsAnyOf("<w:br/>", "<w:cr/>");
            assertThat(title.getText()).isEqualTo("Tình hình tháng 6\nvà nhiệm vụ tháng 7");
            assertThat(month.getParagraphs()).noneMatch(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr());
            assertThat(month.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            // no recipients given: the filing line Decree 30 requires is still there
            assertThat(month.getTables().get(1).getRow(0).getCell(0).getText()).endsWith("- Lưu: VT.");
        }
    }

    private static List<CTSectPr> sections() {
        List<CTSectPr> result = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                result.add(p.getCTP().getPPr().getSectPr());
            }
        }
        result.add(doc.getDocument().getBody().getSectPr());
        return result;
    }

    private static XWPFParagraph paragraph(String start) {
        return allParagraphs().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
    }

    private static Stream<XWPFParagraph> allParagraphs() {
        Stream<XWPFParagraph> cells = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream());
        return Stream.concat(doc.getParagraphs().stream(), cells);
    }

    private static String allText() {
        return String.join("\n", allParagraphs().map(XWPFParagraph::getText).toList());
    }

    private static XWPFRun run(XWPFTableCell cell, String start) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no run starts with " + start));
    }
}
