package vn.dangbo.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.dangbo.documents.Spreadsheet;

/**
 * The workbook offered on the import page, made from the headings file so that it never drifts from
 * what the import reads: a sheet with the headings to fill in, a sheet with every other way each
 * heading may be written, and the ethnic groups with their codes and the other names read.
 */
record ImportTemplate(
    ImportHeadings headings, EthnicGroups groups, MessageSource messages, Locale locale) {

  byte[] xlsx() {
    var columns = new ArrayList<String>();
    var ways = new ArrayList<List<Object>>();
    for (var field : headings.fields()) {
      boolean ignored = field.name().equals(ImportHeadings.IGNORED);
      if (!ignored) {
        columns.add(field.heading());
      }
      ways.add(
          List.of(
              ignored ? message("import.template.ignored") : field.heading(),
              MemberImport.REQUIRED.contains(field.name()) ? message("import.template.yes") : "",
              String.join(", ", ignored ? all(field) : field.others())));
    }
    var ethnicGroups = new ArrayList<List<Object>>();
    for (var group : groups.all()) {
      ethnicGroups.add(
          List.of(
              group.listCode(), group.name(), String.join(", ", groups.otherNames(group.code()))));
    }
    return Spreadsheet.xlsx(
        List.of(
            new Spreadsheet.Table(message("import.template.sheet"), columns, List.of()),
            new Spreadsheet.Table(
                message("import.template.headings"),
                List.of(
                    message("import.template.heading"),
                    message("import.template.required"),
                    message("import.template.others")),
                ways),
            new Spreadsheet.Table(
                message("import.template.ethnicities"),
                List.of(
                    message("import.template.code"),
                    message("import.template.name"),
                    message("import.template.others")),
                ethnicGroups)));
  }

  private static List<String> all(ImportHeadings.Field field) {
    var all = new ArrayList<String>();
    all.add(field.heading());
    all.addAll(field.others());
    return all;
  }

  private String message(String code) {
    return messages.getMessage(code, null, locale);
  }
}
