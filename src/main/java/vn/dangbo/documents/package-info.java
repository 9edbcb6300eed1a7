/**
 * Documents as files: Word documents filled from templates ({@link vn.dangbo.documents.Docx}) and
 * laid out from the text files of {@code documents/layouts/} ({@link vn.dangbo.documents.Layouts}),
 * PDF ({@link vn.dangbo.documents.Pdf}), spreadsheets ({@link vn.dangbo.documents.Spreadsheet}) and
 * the headers of a download ({@link vn.dangbo.documents.Downloads}). It knows no domain: the
 * modules that print give it the text.
 */
@ApplicationModule(
    displayName = "Documents",
    allowedDependencies = {"shared"})
package vn.dangbo.documents;

import org.springframework.modulith.ApplicationModule;
