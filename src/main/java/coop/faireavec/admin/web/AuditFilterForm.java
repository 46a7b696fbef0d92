package coop.faireavec.admin.web;

/**
 * The audit page's filters as typed (query parameters, so that a filtered view can be bookmarked): person number or
 * username, experimentation id, kind name, first and last day (yyyy-MM-dd, Europe/Paris), page from 1. Any may be
 * empty. Read as text and checked by {@link AdminAuditController}, so that a wrong value gets its own message.
 */
record AuditFilterForm(String person, String experimentation, String kind, String from, String to, String page) {}
