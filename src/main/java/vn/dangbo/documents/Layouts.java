package vn.dangbo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Word documents laid out from the text files in {@code documents/layouts/} (one per document,
 * UTF-8, one instruction per line: {@code header: left | left in bold}, {@code title:}, {@code
 * centred:}, {@code line:}, {@code bold:}, {@code table:} headings then {@code row:} cells, {@code
 * signatures: left | right}; {@code \n} breaks a line inside a cell, {@code #} starts a comment).
 * Times New Roman 13, the party header with the place and date, the title, the body, the
 * signatures. The text may hold placeholders ({@code {{ho_ten}}}) that {@link Docx} fills.
 */
public final class Layouts {

  private static final String FONT = "Times New Roman";
  private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
  private static final String DATE_LINE = "{{dia_danh}}, ngày {{ngay}} tháng {{thang}} năm {{nam}}";

  private Layouts() {}

  /** The Word document of the named layout; an unknown name is a programming error. */
  public static byte[] docx(String name) {
    var writer = new Writer();
    List<String> table = null;
    for (var line : read(name)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon < 0) {
        throw new IllegalStateException(name + ": " + line);
      }
      String op = line.substring(0, colon);
      var parts =
          Arrays.stream(line.substring(colon + 2).split(" \\| "))
              .map(p -> p.replace("\\n", "\n"))
              .toList();
      switch (op) {
        case "header" -> writer.header(parts.get(0), parts.get(1));
        case "title" -> writer.title(parts.get(0));
        case "centred" -> writer.centred(parts.get(0));
        case "line" -> writer.line(parts.get(0));
        case "bold" -> writer.bold(parts.get(0));
        case "table" -> table = parts;
        case "row" -> {
          writer.table(table, parts);
          table = null;
        }
        case "signatures" -> writer.signatures(parts.get(0), parts.get(1));
        default -> throw new IllegalStateException(name + ": " + line);
      }
    }
    return writer.bytes();
  }

  private static List<String> read(String name) {
    try (InputStream in =
        Layouts.class.getResourceAsStream("/documents/layouts/" + name + ".layout")) {
      if (in == null) {
        throw new IllegalArgumentException("no layout " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a document paragraph by paragraph. */
  private static final class Writer {

    private final XWPFDocument document = new XWPFDocument();

    void header(String left, String leftBold) {
      var table = document.createTable(2, 2);
      table.removeBorders();
      table.setWidth("100%");
      cell(table.getRow(0).getCell(0), left, false, false);
      cell(table.getRow(1).getCell(0), leftBold, true, false);
      cell(table.getRow(0).getCell(1), PARTY, true, false);
      cell(table.getRow(1).getCell(1), DATE_LINE, false, true);
    }

    void title(String text) {
      var p = paragraph(ParagraphAlignment.CENTER);
      run(p, text, true, false).setFontSize(14);
      p.setSpacingBefore(240);
    }

    void centred(String text) {
      run(paragraph(ParagraphAlignment.CENTER), text, true, false);
    }

    void line(String text) {
      run(paragraph(ParagraphAlignment.BOTH), text, false, false);
    }

    void bold(String text) {
      run(paragraph(ParagraphAlignment.LEFT), text, true, false);
    }

    void table(List<String> headings, List<String> row) {
      if (headings == null || headings.size() != row.size()) {
        throw new IllegalStateException("a row needs the table's headings, one per cell");
      }
      var table = document.createTable(2, headings.size());
      table.setWidth("100%");
      for (int c = 0; c < headings.size(); c++) {
        cell(table.getRow(0).getCell(c), headings.get(c), true, false);
        cell(table.getRow(1).getCell(c), row.get(c), false, false);
      }
    }

    void signatures(String left, String right) {
      paragraph(ParagraphAlignment.LEFT);
      var table = document.createTable(1, 2);
      table.removeBorders();
      table.setWidth("100%");
      cell(table.getRow(0).getCell(0), left, false, true);
      cell(table.getRow(0).getCell(1), right, true, false);
    }

    byte[] bytes() {
      try (var out = new ByteArrayOutputStream()) {
        document.write(out);
        document.close();
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
      var p = document.createParagraph();
      p.setAlignment(alignment);
      return p;
    }

    /** Each line of the text in a paragraph of its own, centred. */
    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic) {
      var lines = new ArrayList<>(List.of(text.split("\n")));
      for (int i = 0; i < lines.size(); i++) {
        var p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, lines.get(i), bold, italic);
      }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic) {
      var run = p.createRun();
      run.setFontFamily(FONT);
      run.setFontSize(13);
      run.setBold(bold);
      run.setItalic(italic);
      run.setText(text);
      return run;
    }
  }
}
