package vn.dangbo.organization;

/** One step after the cell's own resolution: which organisation acts, and how. */
public record ApprovalStep(ApprovalAction action, long organizationId) {}
