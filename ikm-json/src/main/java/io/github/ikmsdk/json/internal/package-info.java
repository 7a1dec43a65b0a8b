/**
 * Implementation of the JSON contract: streaming readers and writers of every core type, error
 * collection, the visit-log stream and the importer. Not exported; not API.
 */
package io.github.ikmsdk.json.internal;
