/**
 * Records members help keep right: a member sees their own record and proposes corrections, with a
 * document if needed; the cell's secretary or the office accepts (the record changes through the
 * member registry, audited with who proposed) or rejects them. Each record's completeness against
 * the national member database's sheet, the data-quality list of a cell or a commune with the
 * possible duplicates across cells, and the export of the complete records' national fields.
 */
@ApplicationModule(
    displayName = "Records kept right",
    allowedDependencies = {
      "documents",
      "identity",
      "members",
      "organization",
      "protection",
      "shared"
    })
package vn.dangbo.records;

import org.springframework.modulith.ApplicationModule;
