package coop.faireavec.privacy;

/** The three public pages whose body text the operator may replace, with the name their text is stored under. */
public enum PrivacyPage {
    /** The privacy notice, {@code /privacy}. */
    NOTICE("page.notice"),
    /** The accessibility statement (RGAA format), {@code /accessibility}. */
    ACCESSIBILITY("page.accessibility"),
    /** The legal notice, {@code /legal}. */
    LEGAL("page.legal");

    private final String settingName;

    PrivacyPage(String settingName) {
        this.settingName = settingName;
    }

    String settingName() {
        return settingName;
    }
}
