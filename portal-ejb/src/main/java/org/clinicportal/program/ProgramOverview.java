package org.clinicportal.program;

import java.util.List;

/**
 * A patient's program as their page shows it.
 *
 * @param current the version the patient follows; null before a program is assigned
 * @param history every version, newest first
 */
public record ProgramOverview(ProgramView current, List<VersionRow> history) {}
