package vn.dangbo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.springframework.web.util.HtmlUtils;

/**
 * Fills Word templates: a placeholder is {@code {{name}}} anywhere in the text, even when Word has
 * split it over several runs while the template was edited; a table row holding {@code
 * {{list.field}}} placeholders is repeated for each item of the list. A placeholder without a value
 * prints as a dotted line to fill in by hand. Also renders a filled document as simple XHTML
 * (paragraphs, alignment, bold, italics, tables) for printing to PDF.
 */
public final class Docx {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}");
  private static final String BLANK = "……………………";

  private Docx() {}

  /** A template filled with the values and the lists' rows. */
  public static byte[] fill(
      byte[] template, Map<String, String> values, Map<String, List<Map<String, String>>> lists) {
    try (var document = new XWPFDocument(new ByteArrayInputStream(template));
        var out = new ByteArrayOutputStream()) {
      for (var table : tables(document.getBodyElements())) {
        repeatRows(table, values, lists);
      }
      for (var paragraph : paragraphs(document)) {
        fill(paragraph, values);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The placeholders a template uses, in order, once each. */
  public static List<String> placeholders(byte[] template) {
    try (var document = new XWPFDocument(new ByteArrayInputStream(template))) {
      var names = new java.util.LinkedHashSet<String>();
      for (var paragraph : paragraphs(document)) {
        var m = PLACEHOLDER.matcher(paragraph.getText());
        while (m.find()) {
          names.add(m.group(1));
        }
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the bytes are a Word document that opens. */
  public static boolean opens(byte[] bytes) {
    try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return document.getBodyElements() != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void repeatRows(
      XWPFTable table, Map<String, String> values, Map<String, List<Map<String, String>>> lists) {
    for (int r = 0; r < table.getRows().size(); r++) {
      var row = table.getRow(r);
      String list = listOf(row, lists);
      if (list == null) {
        continue;
      }
      var items = lists.get(list);
      for (int i = 0; i < items.size(); i++) {
        // filled before it is added: the table keeps its own copy of the row
        var copy = new XWPFTableRow((CTRow) row.getCtRow().copy(), table);
        var rowValues = new java.util.HashMap<>(values);
        rowValues.putAll(prefixed(list, items.get(i)));
        for (var cell : copy.getTableCells()) {
          for (var paragraph : cell.getParagraphs()) {
            fill(paragraph, rowValues);
          }
        }
        table.addRow(copy, r + 1 + i);
      }
      table.removeRow(r);
      r += items.size() - 1;
    }
  }

  private static String listOf(XWPFTableRow row, Map<String, List<Map<String, String>>> lists) {
    for (var cell : row.getTableCells()) {
      var m = PLACEHOLDER.matcher(cell.getText());
      while (m.find()) {
        String name = m.group(1);
        int dot = name.indexOf('.');
        if (dot > 0 && lists.containsKey(name.substring(0, dot))) {
          return name.substring(0, dot);
        }
      }
    }
    return null;
  }

  private static Map<String, String> prefixed(String list, Map<String, String> item) {
    var values = new java.util.HashMap<String, String>();
    item.forEach((k, v) -> values.put(list + "." + k, v));
    return values;
  }

  /** Replaces each placeholder of the paragraph, joining the runs it was split over. */
  static void fill(XWPFParagraph paragraph, Map<String, String> values) {
    int searchFrom = 0;
    while (true) {
      var runs = paragraph.getRuns();
      var text = new StringBuilder();
      int[] starts = new int[runs.size()];
      for (int i = 0; i < runs.size(); i++) {
        starts[i] = text.length();
        text.append(textOf(runs.get(i)));
      }
      Matcher m = PLACEHOLDER.matcher(text);
      if (!m.find(searchFrom)) {
        return;
      }
      String value = values.get(m.group(1));
      String replacement =
          value == null || value.isBlank()
              ? BLANK
              : value.replace("\r\n", "\n").replace('\r', '\n').replace("{{", "{ {").strip();
      int first = runAt(starts, m.start());
      int last = runAt(starts, m.end() - 1);
      String firstText = textOf(runs.get(first));
      String lastText = textOf(runs.get(last));
      String before = firstText.substring(0, m.start() - starts[first]);
      String after = lastText.substring(m.end() - starts[last]);
      if (first == last) {
        setLines(paragraph, first, before + replacement + after);
      } else {
        setText(runs.get(last), after);
        for (int i = first + 1; i < last; i++) {
          setText(runs.get(i), "");
        }
        setLines(paragraph, first, before + replacement);
      }
      // breaks are not text: the paragraph grew by the replacement's text without its new lines
      searchFrom = m.start() + replacement.replace("\n", "").length();
    }
  }

  private static int runAt(int[] starts, int position) {
    int run = 0;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= position) {
        run = i;
      }
    }
    return run;
  }

  private static String textOf(XWPFRun run) {
    var text = new StringBuilder();
    for (var t : run.getCTR().getTList()) {
      text.append(t.getStringValue());
    }
    return text.toString();
  }

  /** Sets a run's text (one line). */
  private static void setText(XWPFRun run, String text) {
    while (run.getCTR().sizeOfTArray() > 0) {
      run.getCTR().removeT(0);
    }
    run.setText(text, 0);
  }

  /**
   * Sets the text of the paragraph's run at {@code index}; each further line goes in a new run
   * after it, with the same formatting, starting with a line break.
   */
  private static void setLines(XWPFParagraph paragraph, int index, String text) {
    var run = paragraph.getRuns().get(index);
    String[] lines = text.split("\n", -1);
    setText(run, lines[0]);
    for (int i = 1; i < lines.length; i++) {
      var line = paragraph.insertNewRun(index + i);
      if (run.getCTR().getRPr() != null) {
        line.getCTR().setRPr(run.getCTR().getRPr());
      }
      line.addBreak();
      line.setText(lines[i]);
    }
  }

  private static List<XWPFParagraph> paragraphs(XWPFDocument document) {
    var all = new ArrayList<XWPFParagraph>();
    collect(document.getBodyElements(), all);
    document.getHeaderList().forEach(h -> collect(h.getBodyElements(), all));
    document.getFooterList().forEach(f -> collect(f.getBodyElements(), all));
    return all;
  }

  private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
    for (var element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        into.add(paragraph);
      } else if (element instanceof XWPFTable table) {
        for (var row : table.getRows()) {
          for (var cell : row.getTableCells()) {
            collect(cell.getBodyElements(), into);
          }
        }
      }
    }
  }

  private static List<XWPFTable> tables(List<IBodyElement> elements) {
    var all = new ArrayList<XWPFTable>();
    for (var element : elements) {
      if (element instanceof XWPFTable table) {
        all.add(table);
        for (var row : table.getRows()) {
          for (var cell : row.getTableCells()) {
            all.addAll(tables(cell.getBodyElements()));
          }
        }
      }
    }
    return all;
  }

  /** A filled document as an XHTML body: its paragraphs and tables, in order. */
  public static String toXhtml(byte[] document) {
    try (var doc = new XWPFDocument(new ByteArrayInputStream(document))) {
      var html = new StringBuilder();
      body(doc.getBodyElements(), html);
      return html.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void body(List<IBodyElement> elements, StringBuilder html) {
    for (var element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        paragraph(paragraph, html);
      } else if (element instanceof XWPFTable table) {
        boolean borders = bordered(table);
        html.append(borders ? "<table class=\"people\">" : "<table class=\"head\">");
        for (var row : table.getRows()) {
          html.append("<tr>");
          for (var cell : row.getTableCells()) {
            html.append("<td>");
            body(cell.getBodyElements(), html);
            html.append("</td>");
          }
          html.append("</tr>");
        }
        html.append("</table>");
      }
    }
  }

  /**
   * Whether a table prints with borders: its own borders say so; without borders of its own, a
   * table with a style (Word's tables take their grid from it) does and a plain one does not.
   */
  private static boolean bordered(XWPFTable table) {
    var properties = table.getCTTbl().getTblPr();
    if (properties == null || properties.getTblBorders() == null) {
      return properties != null && properties.getTblStyle() != null;
    }
    var top = table.getTopBorderType();
    return top != null
        && top != XWPFTable.XWPFBorderType.NONE
        && top != XWPFTable.XWPFBorderType.NIL;
  }

  private static void paragraph(XWPFParagraph paragraph, StringBuilder html) {
    String align =
        paragraph.getAlignment() == ParagraphAlignment.CENTER
            ? "center"
            : paragraph.getAlignment() == ParagraphAlignment.RIGHT ? "right" : "left";
    html.append("<p style=\"text-align: ").append(align).append("\">");
    for (var run : paragraph.getRuns()) {
      // text() writes each line break as a new line
      String text = HtmlUtils.htmlEscape(run.text(), "UTF-8").replace("\n", "<br/>");
      boolean bold = run.isBold();
      boolean italic = run.isItalic();
      html.append(bold ? "<b>" : "").append(italic ? "<i>" : "").append(text);
      html.append(italic ? "</i>" : "").append(bold ? "</b>" : "");
    }
    html.append("</p>");
  }
}
