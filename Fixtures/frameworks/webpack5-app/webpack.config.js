const HtmlWebpackPlugin = require('html-webpack-plugin')

module.exports = (env) => ({
  entry: { main: './src/main.js' },
  plugins: [
    new HtmlWebpackPlugin({ title: 'Dashboard' }),
    new HtmlWebpackPlugin({ filename: 'print.html', scriptLoading: 'blocking', inject: 'head' }),
  ],
})
