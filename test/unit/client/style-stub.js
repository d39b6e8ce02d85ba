// Stylesheets are not loaded in Jest.
module.exports = {};
