// office-addin-mock imports office-addin-manifest, which needs network; tests never use it.
module.exports = {};
