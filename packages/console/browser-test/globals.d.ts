// Mocha's describe/it/before... for the browser tests, in this package's type check.
/// <reference types="mocha" />
