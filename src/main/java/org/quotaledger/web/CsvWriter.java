package org.quotaledger.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The one way the app writes CSV: UTF-8, a header line, records ending in a line feed, and every text cell safe to
 * open in a spreadsheet. A cell that begins with {@code = + - @}, a tab or a carriage return would be read as a
 * formula ({@code =cmd|' /C calc'!A0}), so it gets a leading apostrophe, as OWASP's CSV injection rule says; a cell
 * that already begins with an apostrophe gets one too, so a reader recovers every value exactly by dropping one
 * leading apostrophe wherever there is one. Numbers and booleans are written as they are.
 */
public final class CsvWriter implements Flushable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A writer onto {@code out} that has written the header line. The caller closes {@code out}. */
    public static CsvWriter to(OutputStream out, String... header) throws IOException {
        var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        var writer = new CsvWriter(printer);
        writer.row((Object[]) header);
        return writer;
    }

    public void row(Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        printer.printRecord(safe);
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** A cell as written: text that a spreadsheet would take for a formula, or that begins with an apostrophe, gets one. */
    public static Object cell(Object value) {
        if (!(value instanceof CharSequence text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        return FORMULA_STARTS.indexOf(first) >= 0 || first == '\'' ? "'" + text : value;
    }
}
