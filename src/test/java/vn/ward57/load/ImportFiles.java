package vn.ward57.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.ward57.demo.DossierExportGenerator;

/** Files the load benchmarks upload, each written to disk as a stream: none is ever whole in this JVM's heap. */
final class ImportFiles {

    static final List<String> ASSET_HEADER = List.of("Loại thiết bị", "Tên thiết bị", "Đơn vị", "Tổ dân phố", "Vị trí",
            "Số lượng", "Năm trang bị", "Tình trạng", "Ghi chú");
    static final List<String> DOSSIER_HEADER = List.of("dossier_code", "procedure_code", "field", "channel",
            "received_at", "due_at", "resolved_at", "withdrawn_at", "digitised_input", "digitised_result",
            "fee_required", "paid_online");
    /** The name every generated asset starts with, so that a benchmark can remove them again. */
    static final String ASSET_NAME = "Thiết bị đo tải ";
    private static final String[] KINDS = {"Máy tính", "Màn hình, tivi", "Điểm mạng", "Camera", "Khác"};

    private ImportFiles() {
    }

    /** An equipment register of valid rows (no unit or group, which each ward names its own way). */
    static Path assets(Path dir, int rows) throws IOException {
        Path file = dir.resolve("thiet-bi-" + rows + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", ASSET_HEADER) + "\n");
            for (int i = 1; i <= rows; i++) {
                out.write("\"" + KINDS[i % KINDS.length] + "\"," + ASSET_NAME + i + ",,,Phòng " + (1 + i % 40) + ","
                        + (1 + i % 5) + "," + (2019 + i % 6) + ",Tốt,\n");
            }
        }
        return file;
    }

    /** A one-stop system export of the dossiers received in 2025, codes prefix-000001 … */
    static Path dossiers(Path dir, String prefix, int rows) throws IOException {
        Path file = dir.resolve("ho-so-" + prefix + "-" + rows + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DossierExportGenerator(57).writeCsv(out, prefix, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                    rows, DossierExportGenerator.Layout.CANONICAL);
        }
        return file;
    }

    /**
     * A workbook of about 1 MB with the register's header and one cell of {@code expanded} letters: in the
     * shared strings (shared = true) or inline in the sheet. Deflate packs a run of one letter about 1.000 to 1.
     */
    static Path cellBomb(Path dir, List<String> header, long expanded, boolean shared) throws IOException {
        Path file = dir.resolve((shared ? "bom-chuoi-chung" : "bom-o") + ".xlsx");
        String ns = "http://schemas.openxmlformats.org/";
        StringBuilder head = new StringBuilder("<row r=\"1\">");
        for (String h : header) {
            head.append("<c t=\"inlineStr\"><is><t>").append(h).append("</t></is></c>");
        }
        head.append("</row>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + ns
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/"
                    + "worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship "
                    + "Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" "
                    + "r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + ns + "officeDocument/"
                    + "2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            String sheet = "<worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData>" + head;
            String sst = "<sst xmlns=\"" + ns + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>";
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            write(zip, sst);
            letters(zip, shared ? expanded : 1);
            write(zip, "</t></si></sst>");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, sheet + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Máy tính</t></is></c>");
            if (shared) {
                write(zip, "<c r=\"B2\" t=\"s\"><v>0</v></c>");
            } else {
                write(zip, "<c r=\"B2\" t=\"inlineStr\"><is><t>");
                letters(zip, expanded);
                write(zip, "</t></is></c>");
            }
            write(zip, "</row></sheetData></worksheet>");
            zip.closeEntry();
        }
        return file;
    }

    /** A CSV of {@code bytes}: the header, then one row whose second cell runs on to the end (no line end). */
    static Path hugeCell(Path dir, List<String> header, long bytes) throws IOException {
        Path file = dir.resolve("lon-" + (bytes >> 20) + "MB.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String start = String.join(",", header) + "\nMáy tính,";
            out.write(start);
            char[] chunk = new char[1 << 16];
            Arrays.fill(chunk, 'x');
            long left = bytes - start.getBytes(StandardCharsets.UTF_8).length;
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, xml);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void letters(OutputStream out, long n) throws IOException {
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, (byte) 'A');
        for (long left = n; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
