package vn.dangbo.members;

/**
 * One problem found in an import file: where (row as numbered in Excel, column heading) and why.
 */
public record ImportProblem(int row, String column, String code, Object[] arguments) {}
