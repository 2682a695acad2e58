/**
 * Real HTTP servers on 127.0.0.1 that speak the providers' wire protocols, for tests: scripted per
 * test (queued answers, latency, status codes, malformed bodies, dropped connections) and recording
 * every request so a test can assert the exact JSON the VM sent. Published in the lingo-vm test-jar
 * for other modules' tests.
 */
package dev.lingo.vm.testing;
