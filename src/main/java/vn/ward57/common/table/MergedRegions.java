package vn.ward57.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.CellRangeAddress;

/**
 * The merged cells of an XLSX workbook's first sheet, sorted by first row. fastexcel-reader does not
 * give them, and the sheet lists them after its rows, so they are read first in a pass of their own
 * over the sheet's part: a plain byte scan for {@code <mergeCell ref="…"/>}, no XML parsing of the
 * rows (a tenth of the time the rows take to read).
 */
final class MergedRegions {

    private static final byte[] TAG = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Pattern REF = Pattern.compile("ref\\s*=\\s*[\"']([A-Za-z]+\\d+:[A-Za-z]+\\d+)[\"']");
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private MergedRegions() {
    }

    /** The workbook's parts by name (null for a part it lacks). */
    private interface Parts {
        InputStream open(String name) throws IOException;
    }

    /** A file through the JDK's own ZIP reader: the sheet's part inflates faster than through commons-compress. */
    static List<CellRangeAddress> of(Path xlsx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return of(name -> {
                var entry = zip.getEntry(name);
                return entry == null ? null : zip.getInputStream(entry);
            });
        }
    }

    static List<CellRangeAddress> of(byte[] xlsx) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            return of(name -> {
                ZipArchiveEntry entry = zip.getEntry(name);
                return entry == null ? null : zip.getInputStream(entry);
            });
        }
    }

    private static List<CellRangeAddress> of(Parts zip) throws IOException {
        try {
            String part = firstSheetPart(zip);
            InputStream sheet = part == null ? null : zip.open(part);
            if (sheet == null) {
                return List.of();
            }
            try (InputStream in = sheet) {
                List<CellRangeAddress> regions = scan(in);
                regions.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
                return regions;
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Each {@code mergeCell} element's ref; the bytes between elements are never decoded. */
    private static List<CellRangeAddress> scan(InputStream in) throws IOException {
        List<CellRangeAddress> regions = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        int matched = 0;
        StringBuilder tag = null;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (tag != null) {
                    if (b == '>' || tag.length() > 200) {
                        Matcher ref = REF.matcher(tag);
                        if (ref.find()) {
                            regions.add(CellRangeAddress.valueOf(ref.group(1).toUpperCase(java.util.Locale.ROOT)));
                        }
                        tag = null;
                    } else {
                        tag.append((char) b);
                    }
                } else if (matched == TAG.length) {
                    // "mergeCell " opens an element; "mergeCells" is the list around them
                    tag = b == ' ' || b == '\t' || b == '\n' || b == '\r' ? new StringBuilder() : null;
                    matched = b == TAG[0] ? 1 : 0;
                } else if (b == TAG[matched]) {
                    matched++;
                } else {
                    matched = b == TAG[0] ? 1 : 0;
                }
            }
        }
        return regions;
    }

    /** The part of the workbook's first sheet: workbook.xml names its relationship, the rels its target. */
    private static String firstSheetPart(Parts zip) throws IOException, XMLStreamException {
        String id = firstAttribute(zip, "xl/workbook.xml", "sheet", RELATIONSHIPS, "id", null);
        if (id == null) {
            return null;
        }
        String target = firstAttribute(zip, "xl/_rels/workbook.xml.rels", "Relationship", null, "Target", id);
        if (target == null) {
            return null;
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    /** The attribute of the first element of that name (with Id = id when given). */
    private static String firstAttribute(Parts zip, String part, String element, String namespace, String name,
                                         String id) throws IOException, XMLStreamException {
        InputStream content = zip.open(part);
        if (content == null) {
            return null;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = content) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals(element)
                            && (id == null || id.equals(xml.getAttributeValue(null, "Id")))) {
                        return xml.getAttributeValue(namespace, name);
                    }
                }
            } finally {
                xml.close();
            }
        }
        return null;
    }
}
