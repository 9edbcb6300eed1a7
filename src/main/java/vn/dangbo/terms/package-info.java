/**
 * Congresses and terms (đại hội, nhiệm kỳ): each party organisation's terms, opened by a congress
 * (or an appointment by the superior committee) and closed by the next; the committee elected with
 * its positions, by-elections and departures inside a term; whether the congress falls due, and the
 * steps of preparing it. The committee's seats are the organisation module's committee members,
 * written through its published API: the committee on any day (and the cells a committee member is
 * in charge of) comes from that history.
 */
@ApplicationModule(
    displayName = "Congresses and terms",
    allowedDependencies = {"identity", "organization", "rules", "shared"})
package vn.dangbo.terms;

import org.springframework.modulith.ApplicationModule;
