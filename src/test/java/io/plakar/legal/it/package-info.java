/**
 * Container tests: the WAR the build produced, deployed by Arquillian on the provisioned
 * server, exercised over real HTTP.
 */
package io.plakar.legal.it;
