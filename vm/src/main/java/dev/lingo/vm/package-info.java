/**
 * The model machine: everything an LLM opcode needs below the language. Types become JSON
 * Schemas ({@code schema}), model text becomes checked values ({@code answer}), providers speak
 * the real wire protocols ({@code provider}), a bounded re-ask loop ties them together
 * ({@code call}) and every call is recorded ({@code trace}). Nothing here knows about Truffle.
 */
package dev.lingo.vm;
