/**
 * Shared Jackson set-up: one strict mapper for wire formats, one forgiving mapper for what models
 * write, and a canonical (sorted-key) rendering used for hashing.
 */
package dev.lingo.vm.json;
