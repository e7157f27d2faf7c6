/**
 * The staff workstation (АРМ): server-rendered pages over the same public services as the REST
 * API. The pages compose other modules (applications, directory, staff, signatures), so they live
 * together here rather than in each module; nothing depends on this module.
 */
package ru.reglament.workstation;
