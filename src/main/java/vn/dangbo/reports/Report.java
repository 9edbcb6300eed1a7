package vn.dangbo.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangbo.documents.Spreadsheet;

/**
 * A named report of an organisation over a period: its figures by key and the tables it prints, the
 * same in JSON, in the workbook and on paper.
 */
public record Report(
    String name,
    String title,
    long organizationId,
    String organizationName,
    LocalDate from,
    LocalDate to,
    Map<String, Integer> figures,
    List<Spreadsheet.Table> tables,
    List<String> notes) {}
