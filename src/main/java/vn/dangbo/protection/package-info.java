/**
 * Personal data at rest: the key ring (kept outside the database), the cipher that seals a person's
 * citizen ID, phone, address and the notes about them before they are written and opens them when
 * read ({@link vn.dangbo.protection.PersonalData}), the lookup hash that finds a citizen ID, and
 * the passes that bring every sealed row under the current key ({@link
 * vn.dangbo.protection.Resealing}), over the tables their owners declare ({@link
 * vn.dangbo.protection.SealedRecords}).
 */
@ApplicationModule(
    displayName = "Protection",
    allowedDependencies = {"shared"})
package vn.dangbo.protection;

import org.springframework.modulith.ApplicationModule;
