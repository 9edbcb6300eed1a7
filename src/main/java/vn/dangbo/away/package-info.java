/**
 * Members working away (đảng viên đi làm ăn xa): the cell's register of who is away, where, since
 * when and until when, how the cell keeps in touch and when it last did, and their return. The
 * member's status (temporary exemption from meetings, attached elsewhere) stays in the member's
 * history: recording an absence or a return proposes the matching status change on the member's
 * record, which the secretary completes with the decision.
 */
@ApplicationModule(
    displayName = "Members away",
    allowedDependencies = {"identity", "members", "organization", "rules", "shared"})
package vn.dangbo.away;

import org.springframework.modulith.ApplicationModule;
