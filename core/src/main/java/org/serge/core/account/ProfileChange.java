package org.serge.core.account;

/** What a member changes of their profile; null fields stay as they are. */
public record ProfileChange(String displayName, String note, Boolean locked, Boolean discoverable) {
}
