export const page_size = 10;
export const placeholder = 'https://static.productionready.io/images/smiley-cyrus.jpg';
