package org.serge.core.lists;

/** A member's list: its title, which replies its timeline shows ("followed", "list", "none"), and exclusive. */
public record MemberList(long id, long accountId, String title, String repliesPolicy, boolean exclusive) {
}
