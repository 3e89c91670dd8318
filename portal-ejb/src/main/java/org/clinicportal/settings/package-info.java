/** The settings the portal reads from its environment, and the refusal to start without the ones it needs. */
package org.clinicportal.settings;
