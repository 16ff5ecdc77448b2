// Replaced by the e2e set-up (build the preview and serve it) once the preview exists.
module.exports = async () => {};
