/**
 * Personal data and public notices (issue #16, points 8-9): the operator's facts (organisation, address, contact,
 * DPO, host, director of publication) and the public pages built on them: the privacy notice ({@code /privacy}), the
 * accessibility statement in the RGAA format ({@code /accessibility}) and the legal notice ({@code /legal}), whose
 * body texts an administrator may replace. The register of the processing is {@code docs/privacy.md}.
 */
package coop.faireavec.privacy;
