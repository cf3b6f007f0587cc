var path = require("path");
var HtmlWebpackPlugin = require("../..");
var MiniCssExtractPlugin = require("mini-css-extract-plugin");
var webpackMajorVersion = require("webpack/package.json").version.split(".")[0];
module.exports = {
  context: __dirname,
  entry: {
    b: "./b.js",
    d: "./d.js",
    a: "./a.js",
    c: "./c.js",
    e: "./e.js",
  },
  output: {
    path: path.join(__dirname, "dist/webpack-" + webpackMajorVersion),
    publicPath: "",
    filename: "[name].js",
  },
  module: {
    rules: [
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      { test: /\.png$/, type: "asset/resource" },
      { test: /\.html$/, loader: "html-loader" },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      inject: true,
      filename: "first-file.html",
      template: "template.html",
      chunksSortMode: "manual",
      chunks: ["a", "b", "c"],
    }),
    new HtmlWebpackPlugin({
      inject: true,
      filename: "second-file.html",
      template: "template.html",
      chunksSortMode: "manual",
      chunks: ["a", "b", "d"],
    }),
    new MiniCssExtractPlugin({ filename: "styles.css" }),
  ],
};
