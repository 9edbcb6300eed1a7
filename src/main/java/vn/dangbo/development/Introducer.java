package vn.dangbo.development;

/**
 * An official member introducing the candidate, and for how many months they have worked, studied
 * or lived with them; a replacement introducer (assigned when the first one left) needs no minimum.
 */
public record Introducer(long memberId, int monthsKnown, boolean replacement) {}
