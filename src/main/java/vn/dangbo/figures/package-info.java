/**
 * Figures computed from the data and kept until the data they come from change: {@link
 * vn.dangbo.figures.FigureCache} hears the database announce each committed change with the
 * organisations it concerns, and under which topic (changes of dues are announced apart, so that
 * they void the dues report and not the dashboards).
 */
@ApplicationModule(
    displayName = "Figures",
    allowedDependencies = {"shared"})
package vn.dangbo.figures;

import org.springframework.modulith.ApplicationModule;
