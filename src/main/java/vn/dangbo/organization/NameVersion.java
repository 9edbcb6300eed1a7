package vn.dangbo.organization;

import vn.dangbo.shared.Period;

/** The name and parent an organisation had during one period of its history. */
public record NameVersion(Period period, String name, Long parentId, String parentName) {}
