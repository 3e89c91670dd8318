/**
 * The database as the application sees it: the two data sources (the application's role and the
 * schema owner's), the schema migration that runs at deployment, before any service is used, and how a scheduled job
 * logs the database's absence.
 */
package org.clinicportal.persistence;
