// Replaced by the browser-test setup (build, serve, launch Chromium) with the interactive chronology.
export default function setup() {}
