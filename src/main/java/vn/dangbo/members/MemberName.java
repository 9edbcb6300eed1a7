package vn.dangbo.members;

/** A member as a choice or a mention shows them: the id and the name, nothing sealed. */
public record MemberName(long id, String fullName) {}
