package coop.faireavec.directory;

/** A monograph in a list: its id, title, organisation's name and whether it is published. */
public record MonographSummary(long id, String title, String structureName, boolean published) {}
