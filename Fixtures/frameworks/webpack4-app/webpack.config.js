const path = require('path')
const HtmlWebpackPlugin = require('html-webpack-plugin')

module.exports = {
  entry: './src/index.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash].js' },
  plugins: [
    new HtmlWebpackPlugin({ template: './src/index.html', inject: 'head' }),
    new HtmlWebpackPlugin({ filename: 'about.html', template: './src/about.html' }),
  ],
}
