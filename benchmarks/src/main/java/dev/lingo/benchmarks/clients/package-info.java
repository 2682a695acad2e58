/**
 * The clients the benchmarks compare, set up once here: a Lingo context on a throw-away project
 * (polyglot API, lingo.json limits, its own answer cache), LangChain4j AI Services, and a bare JDK
 * HttpClient that marks the floor.
 */
package dev.lingo.benchmarks.clients;
