package vn.dangbo.members;

/**
 * Something an import did that the user should know but that refuses nothing: a heading read in
 * other words, a formula read as its computed value, an ethnic group written another way. Where
 * (row as numbered in Excel, column heading as written) and what (a message code).
 */
public record ImportNote(int row, String column, String code, Object[] arguments) {}
