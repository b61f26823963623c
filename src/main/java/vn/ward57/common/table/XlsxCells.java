package vn.ward57.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Refuses an XLSX workbook with a cell over {@link CellLimit} before any reader holds one: a pass over the
 * bytes of its XML parts, as they unpack, counting the text inside each cell ({@code c}, with an inline
 * string) and each shared string ({@code si}). fastexcel-reader has no such limit, and builds each cell's
 * and each shared string's text whole. The pass keeps nothing but counters.
 */
public final class XlsxCells {

    private XlsxCells() {
    }

    public static void check(byte[] xlsx) throws IOException {
        check(ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)));
    }

    public static void check(Path xlsx) throws IOException {
        check(ZipFile.builder().setPath(xlsx));
    }

    /** Through the archive's central directory, as fastexcel-reader opens it: the same parts it will read. */
    private static void check(ZipFile.Builder archive) throws IOException {
        try (ZipFile zip = archive.get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (!entry.isDirectory() && (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels"))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        new XlsxCellScan(CellLimit.bytes()).read(in);
                    }
                }
            }
        }
    }
}
