package vn.dangbo.development;

/**
 * A cell's admission quota for a year against its progress, counted from the ceremonies held, never
 * typed. {@code inPipeline} are the candidates with a valid certificate who could still be admitted
 * this year; the quota is at risk when admissions and those together cannot reach it.
 */
public record QuotaProgress(
    long cellId,
    String cellName,
    int year,
    int target,
    boolean targetSet,
    int admitted,
    int inPipeline,
    boolean atRisk) {}
