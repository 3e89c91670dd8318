/**
 * The database as the application sees it: the two data sources (the application's role and the
 * schema owner's) and the schema migration that runs at deployment, before any service is used.
 */
package org.clinicportal.persistence;
